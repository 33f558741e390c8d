package dev.lantern.stix;

/** A STIX Meta Object: markings, translations and extension definitions. */
public sealed interface MetaObject extends StixObject
    permits MarkingDefinition, LanguageContent, ExtensionDefinition {}
