package dev.lantern.stix;

/** A STIX Domain Object (SDO): the concepts of threat intelligence. */
public sealed interface DomainObject extends StixObject
    permits AttackPattern,
        Campaign,
        Grouping,
        Identity,
        Indicator,
        IntrusionSet,
        Location,
        Malware,
        Note,
        Opinion,
        Report,
        ThreatActor,
        Tool,
        Vulnerability {}
