-- The anchors are evidence against the countries' own databases, so the hub may add them and read
-- them, never change or remove them; the trigger holds the owner to the same.
revoke update, delete, truncate on audit_anchor from ${serviceRole};

create trigger audit_anchor_append_only before update or delete on audit_anchor
    for each row execute function refuse_changes_to_evidence();
create trigger audit_anchor_no_truncate before truncate on audit_anchor
    for each statement execute function refuse_changes_to_evidence();
