package de.serviceportal.wastecalendar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.serviceportal.wastecalendar.model.HouseNumberRange.Side;
import org.junit.jupiter.api.Test;

class HouseNumberRangeTest {

    static final HouseNumberRange ODD_1_49 = new HouseNumberRange(1, 49, Side.ODD);
    static final HouseNumberRange EVEN_2_50 = new HouseNumberRange(2, 50, Side.EVEN);
    static final HouseNumberRange FROM_51 = new HouseNumberRange(51, null, Side.ALL);

    @Test
    void contains() {
        assertThat(ODD_1_49.contains(13)).isTrue();
        assertThat(ODD_1_49.contains(12)).isFalse();
        assertThat(ODD_1_49.contains(51)).isFalse();
        assertThat(FROM_51.contains(1000)).isTrue();
        assertThat(HouseNumberRange.WHOLE_STREET.contains(7)).isTrue();
    }

    @Test
    void overlaps() {
        assertThat(ODD_1_49.overlaps(EVEN_2_50)).isFalse();
        assertThat(ODD_1_49.overlaps(FROM_51)).isFalse();
        assertThat(EVEN_2_50.overlaps(FROM_51)).isFalse();
        assertThat(ODD_1_49.overlaps(new HouseNumberRange(41, 60, Side.ALL))).isTrue();
        assertThat(ODD_1_49.overlaps(new HouseNumberRange(49, 49, Side.ALL))).isTrue();
        assertThat(ODD_1_49.overlaps(new HouseNumberRange(50, 50, Side.ALL))).isFalse();
        assertThat(ODD_1_49.overlaps(new HouseNumberRange(20, 20, Side.ODD))).isFalse();
        assertThat(HouseNumberRange.WHOLE_STREET.overlaps(FROM_51)).isTrue();
        assertThat(new HouseNumberRange(null, 10, Side.EVEN).overlaps(new HouseNumberRange(10, null, Side.EVEN))).isTrue();
    }

    @Test
    void labels_and_keys() {
        assertThat(ODD_1_49.label()).isEqualTo("1–49 (ungerade)");
        assertThat(FROM_51.label()).isEqualTo("ab 51");
        assertThat(new HouseNumberRange(null, null, Side.EVEN).label()).isEqualTo("gerade Hausnummern");
        assertThat(HouseNumberRange.WHOLE_STREET.label()).isEmpty();
        assertThat(ODD_1_49.key()).isEqualTo("1-49-u");
        assertThat(FROM_51.key()).isEqualTo("51-");
        assertThat(Keys.addressKey("Bad Dürrenberg", "Bad Dürrenberg", "Straße des Friedens", EVEN_2_50))
                .isEqualTo("bad-duerrenberg-bad-duerrenberg-strasse-des-friedens-2-50-g");
        assertThat(Address.label("Merseburg", "Beuna", "Dorfstraße", HouseNumberRange.WHOLE_STREET))
                .isEqualTo("Dorfstraße, Beuna (Merseburg)");
        assertThatThrownBy(() -> new HouseNumberRange(10, 2, Side.ALL)).isInstanceOf(IllegalArgumentException.class);
    }
}
