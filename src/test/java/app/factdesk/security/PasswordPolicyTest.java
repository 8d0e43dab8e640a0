package app.factdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withBundledList();

    @Test
    void accepts_a_long_uncommon_password() {
        assertThat(policy.violation("violet-harbour-tram-91", "amira")).isEmpty();
    }

    @Test
    void accepts_arabic_passwords_counted_in_characters() {
        assertThat(policy.violation("قهوة الصباح في موسكو", "amira")).isEmpty();
    }

    @Test
    void refuses_eleven_characters_and_accepts_twelve() {
        assertThat(policy.violation("abcdefghxyz", "amira")).contains("password.too-short");
        assertThat(policy.violation("abcdefghxyzw", "amira")).isEmpty();
    }

    @Test
    void counts_code_points_not_utf16_units() {
        String elevenEmoji = "😀".repeat(11);
        assertThat(elevenEmoji.length()).isEqualTo(22);
        assertThat(policy.violation(elevenEmoji, "amira")).contains("password.too-short");
    }

    @Test
    void refuses_more_than_128_characters() {
        assertThat(policy.violation("x".repeat(128).replace("xx", "xy"), "amira")).isEmpty();
        assertThat(policy.violation("a".repeat(129), "amira")).contains("password.too-long");
    }

    @Test
    void refuses_common_passwords_whatever_their_case() {
        assertThat(policy.violation("Password1234", "amira")).contains("password.too-common");
        assertThat(policy.violation("QWERTYUIOP123", "amira")).contains("password.too-common");
    }

    @Test
    void refuses_a_password_containing_the_username() {
        assertThat(policy.violation("my-amira-password-x", "amira")).contains("password.too-common");
    }

    @Test
    void refuses_an_empty_password() {
        assertThat(policy.violation("", "amira")).contains("password.required");
    }
}
