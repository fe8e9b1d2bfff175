package org.parallax.newsroom.internal.staff;

import org.parallax.readers.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Staff changes in the application log, under its own logger, until the newsroom's audit log takes them. */
@Component
class LoggedStaffAudit implements StaffAudit {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.parallax.audit.staff");

    @Override
    public void roleChanged(long adminId, long readerId, String email, Role from, Role to) {
        AUDIT.info("admin {} changed the role of account {} ({}) from {} to {}", adminId, readerId, email, from, to);
    }
}
