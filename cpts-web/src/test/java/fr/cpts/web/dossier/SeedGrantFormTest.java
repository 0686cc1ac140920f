package fr.cpts.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedGrantFormTest {

    @Test
    void aRefusedDecisionSurvivesTheSessionStoreToBeShownAgain() throws Exception {
        SeedGrantForm typed = new SeedGrantForm();
        typed.setAmount("abc");
        typed.setDecidedOn(LocalDate.of(2026, 2, 1));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(typed);
        }
        SeedGrantForm shown;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shown = (SeedGrantForm) in.readObject();
        }

        assertThat(shown.getAmount()).isEqualTo("abc");
        assertThat(shown.getDecidedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(shown.parsedAmount()).isNull();
    }
}
