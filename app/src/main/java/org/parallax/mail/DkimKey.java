package org.parallax.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * What DKIM signs with: the signing domain (d=), the selector (s=) under which the public key is
 * published in DNS, and the RSA private key.
 */
public record DkimKey(String domain, String selector, RSAPrivateKey privateKey) {

    public DkimKey {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** Reads an unencrypted PKCS#8 PEM file ("-----BEGIN PRIVATE KEY-----"), as openssl genpkey writes it. */
    public static DkimKey fromPem(String domain, String selector, Path pem) {
        try {
            String text = Files.readString(pem);
            if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalArgumentException("the DKIM key " + pem
                        + " is not a PKCS#8 PEM file (BEGIN PRIVATE KEY); convert it with openssl pkcs8 -topk8 -nocrypt");
            }
            String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DkimKey(domain, selector, key);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the DKIM key " + pem + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the DKIM key " + pem + " is not an RSA private key: " + e.getMessage(), e);
        }
    }
}
