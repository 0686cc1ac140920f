package fr.cpts.web.navigation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The entries of a person's main navigation, the first of which is their home, and what follows from them for the
 * page being shown: its section, and the breadcrumb's trail above it.
 */
public record MainMenu(List<NavigationItem> entries, NavigationItem home) implements Iterable<NavigationItem> {

    public MainMenu {
        entries = List.copyOf(entries);
    }

    /** A signed-in person's menu: its first entry is their home. */
    static MainMenu of(List<NavigationItem> entries) {
        return new MainMenu(
                entries, new NavigationItem("nav.home", entries.get(0).href()));
    }

    @Override
    public Iterator<NavigationItem> iterator() {
        return entries.iterator();
    }

    /** The entry of the section being shown: the most specific one whose address starts the page's. */
    Optional<NavigationItem> current(String path) {
        return entries.stream()
                .flatMap(NavigationItem::links)
                .filter(item -> item.isCurrent(path))
                .max(Comparator.comparingInt(item -> item.href().length()));
    }

    /**
     * The breadcrumb's links before the page itself: the home, then each entry whose address starts the page's,
     * shortest first. Empty on the home itself.
     */
    List<NavigationItem> trail(String path) {
        if (path.equals(home.href())) {
            return List.of();
        }
        List<NavigationItem> trail = new ArrayList<>(List.of(home));
        entries.stream()
                .flatMap(NavigationItem::links)
                .filter(item -> !item.href().equals(home.href()) && !item.href().equals(path))
                .filter(item -> item.isCurrent(path))
                .sorted(Comparator.comparingInt(item -> item.href().length()))
                .forEach(trail::add);
        return trail;
    }
}
