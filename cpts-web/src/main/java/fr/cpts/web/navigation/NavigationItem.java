package fr.cpts.web.navigation;

import java.util.List;
import java.util.stream.Stream;

/**
 * One entry of the main navigation: a message key for its label and where it leads, or a group of entries (a DSFR
 * sub-menu, {@code href} null). An entry that cannot be opened yet carries the message key saying why
 * ({@code lockedKey}): it is shown disabled with that sentence instead of leading to a refusal.
 */
public record NavigationItem(String labelKey, String href, List<NavigationItem> children, String lockedKey) {

    public NavigationItem {
        children = List.copyOf(children);
    }

    public NavigationItem(String labelKey, String href) {
        this(labelKey, href, List.of(), null);
    }

    /** A sub-menu grouping those entries. */
    public static NavigationItem group(String labelKey, NavigationItem... children) {
        return new NavigationItem(labelKey, null, List.of(children), null);
    }

    /** This entry, shown disabled for the reason that message key words. */
    public NavigationItem lockedBecause(String reasonKey) {
        return new NavigationItem(labelKey, href, children, reasonKey);
    }

    public boolean isGroup() {
        return !children.isEmpty();
    }

    public boolean isLocked() {
        return lockedKey != null;
    }

    /** Whether this entry (or, for a group, one of its entries) is the section of the page being shown. */
    public boolean isCurrent(String requestPath) {
        if (isGroup()) {
            return children.stream().anyMatch(child -> child.isCurrent(requestPath));
        }
        return requestPath.equals(href) || requestPath.startsWith(href + "/");
    }

    /** Whether this group holds that entry. */
    public boolean holds(NavigationItem entry) {
        return entry != null && children.contains(entry);
    }

    /** The entries that lead somewhere: this one, or a group's entries. */
    Stream<NavigationItem> links() {
        return isGroup() ? children.stream() : Stream.of(this);
    }
}
