package org.parallax.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.parallax.mail.DkimKey;
import org.parallax.mail.MailFailed;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimException;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * Signs messages with DKIM (rsa-sha256, relaxed/relaxed) when a key is given; without one a message
 * goes as it is. The signature is computed as the message is written out, over what is sent.
 */
final class DkimSigning {

    static final DkimSigning NONE = new DkimSigning(Optional.empty());

    private final Optional<DkimSigner> signer;

    DkimSigning(Optional<DkimKey> key) {
        this.signer = key.map(DkimSigning::signer);
    }

    MimeMessage apply(MimeMessage message) {
        if (signer.isEmpty()) {
            return message;
        }
        try {
            return new DkimMessage(message, signer.get());
        } catch (MessagingException e) {
            throw new MailFailed("cannot sign the message with DKIM: " + e.getMessage(), false, e);
        }
    }

    private static DkimSigner signer(DkimKey key) {
        try {
            DkimSigner signer = new DkimSigner(key.domain(), key.selector(), key.privateKey());
            signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
            signer.setHeaderCanonicalization(Canonicalization.RELAXED);
            signer.setBodyCanonicalization(Canonicalization.RELAXED);
            // The public key is published in DNS, which the sending node need not be able to query.
            signer.setCheckDomainKey(false);
            return signer;
        } catch (DkimException e) {
            throw new IllegalArgumentException("the DKIM key for " + key.domain() + " cannot sign: " + e.getMessage(), e);
        }
    }
}
