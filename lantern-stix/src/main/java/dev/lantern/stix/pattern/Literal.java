package dev.lantern.stix.pattern;

/**
 * A constant on the right side of a comparison. {@link NoValue} stands for the absent value of
 * {@code EXISTS}; {@link SetLiteral} appears only after {@code IN}.
 */
public sealed interface Literal
    permits StringLiteral,
        IntegerLiteral,
        FloatLiteral,
        BooleanLiteral,
        TimestampLiteral,
        HexLiteral,
        BinaryLiteral,
        SetLiteral,
        NoValue {}
