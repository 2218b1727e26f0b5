package org.sitrep.cli;

import org.sitrep.extract.TypeMode;
import picocli.CommandLine;

/** Parses --types, naming the allowed values when the given one is wrong. */
final class TypeModeConverter implements CommandLine.ITypeConverter<TypeMode> {
    @Override
    public TypeMode convert(String value) {
        try {
            return TypeMode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
