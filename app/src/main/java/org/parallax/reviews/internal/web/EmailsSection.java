package org.parallax.reviews.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.parallax.readers.AccountSection;
import org.parallax.readers.Reader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The account page's way to the email settings, with the emails the reader gets now. */
@Component
@Order(40)
class EmailsSection implements AccountSection {

    private final EmailChoices choices;

    EmailsSection(EmailChoices choices) {
        this.choices = choices;
    }

    @Override
    public String title() {
        return "Emails";
    }

    @Override
    public List<Line> lines(Reader reader) {
        List<Line> lines = new ArrayList<>();
        for (EmailChoice choice : choices.choices(reader)) {
            if (choice.wanted()) {
                lines.add(Line.plain("You get " + choice.review().title() + "."));
            }
        }
        if (lines.isEmpty()) {
            lines.add(Line.plain("You get none of our emails."));
        }
        lines.add(new Line("Choose which emails you get", PreferencesController.ACCOUNT_PATH));
        return lines;
    }
}
