package de.serviceportal.wastecalendar.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FractionTest {

    /** WCAG 2.1 contrast ratio of the label colour on the fraction colour must reach AA (4.5:1). */
    @ParameterizedTest
    @EnumSource(Fraction.class)
    void label_on_colour_meets_wcag_aa(Fraction f) {
        assertThat(contrast(f.colour(), f.textColour())).as(f.name()).isGreaterThanOrEqualTo(4.5);
        assertThat(f.colour()).matches("#[0-9A-F]{6}");
        assertThat(f.icon()).isNotBlank();
    }

    @Test
    void operators_spellings_are_understood() {
        assertThat(Fraction.parse("Leichtverpackungen")).contains(Fraction.GELBE_TONNE);
        assertThat(Fraction.parse("blaue tonne (papier)")).contains(Fraction.PAPIER);
        assertThat(Fraction.parse("Restmüll")).contains(Fraction.RESTABFALL);
        assertThat(Fraction.parse("baum-strauchschnitt")).contains(Fraction.BAUM_STRAUCHSCHNITT);
        assertThat(Fraction.parse("Sperrmüll")).isEmpty();
        assertThat(Fraction.regularFractions()).containsExactly(Fraction.RESTABFALL, Fraction.BIOABFALL,
                Fraction.GELBE_TONNE, Fraction.PAPIER);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void contrast_formula_is_right() {
        assertThat(contrast("#000000", "#FFFFFF")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#FFFFFF")).isLessThan(4.5);
    }
}
