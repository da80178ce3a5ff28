package com.kpiplatform.alerting.service;

import com.kpiplatform.alerting.repository.ChannelRepository;
import com.kpiplatform.alerting.repository.SecretBox;
import com.kpiplatform.alerting.repository.Transactions;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At every start: warns loudly when no encryption key is configured, and encrypts under the
 * current key every channel secret that is not (plain text from before encryption or from a start
 * without a key, or an older key). This is the second step of a key rotation; see the README.
 */
@ApplicationScoped
public class ChannelSecretsResealer {

    private static final Logger LOG = Logger.getLogger(ChannelSecretsResealer.class);

    @Inject
    SecretBox secrets;

    @Inject
    ChannelRepository channels;

    @Inject
    Transactions transactions;

    void onStart(@Observes StartupEvent start) {
        if (!secrets.hasKey()) {
            LOG.warn("ALERTING_SECRET_KEYS is not set: Slack webhook URLs and webhook signing secrets are stored "
                    + "UNENCRYPTED. Set it to <key id>:<base64 of 32 random bytes> (openssl rand -base64 32); the "
                    + "next start encrypts what is stored.");
        }
        resealAll();
    }

    /** Answers how many channels were encrypted anew. */
    public int resealAll() {
        int resealed = transactions.inTransaction(channels::resealAll);
        if (resealed > 0) {
            LOG.infof("Encrypted the secrets of %d channels under key '%s'", resealed, secrets.currentKeyId());
        }
        return resealed;
    }
}
