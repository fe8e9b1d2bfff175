package org.parallax.newsroom.internal.staff;

import org.parallax.readers.Role;

/**
 * Where staff changes are recorded. The newsroom's audit log (built beside this part) takes them
 * once merged; until then {@link LoggedStaffAudit} writes them to the application log.
 */
interface StaffAudit {

    /** The admin {@code adminId} changed the role of account {@code readerId} ({@code email}) from one role to another. */
    void roleChanged(long adminId, long readerId, String email, Role from, Role to);
}
