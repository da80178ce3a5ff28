package com.kpiplatform.alerting.rest;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GreenMail that answers {@code RCPT TO} the way real servers refuse mail: recipients at
 * {@value #REFUSED_DOMAIN} get a permanent {@code 550}, recipients at {@value #GREYLISTING_DOMAIN}
 * a temporary {@code 451} on their first attempt and acceptance after it (greylisting).
 */
class RefusingGreenMail extends GreenMail {

    static final String REFUSED_DOMAIN = "refused.test";
    static final String GREYLISTING_DOMAIN = "greylisting.test";

    RefusingGreenMail(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers unused) {
        managers = new RefusingManagers();
        return super.createServices(setups, managers);
    }

    private static final class RefusingManagers extends Managers {

        private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {

            private final Set<String> greylisted = ConcurrentHashMap.newKeySet();

            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
                String host = recipient.getHost();
                if (REFUSED_DOMAIN.equals(host)) {
                    return "550 5.1.1 <" + recipient.getEmail() + ">: mailbox unavailable";
                }
                if (GREYLISTING_DOMAIN.equals(host) && greylisted.add(recipient.getEmail())) {
                    return "451 4.7.1 <" + recipient.getEmail() + ">: greylisted, try again later";
                }
                return null;
            }
        };

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
