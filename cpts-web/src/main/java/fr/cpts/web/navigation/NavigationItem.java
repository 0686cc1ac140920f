package fr.cpts.web.navigation;

/** One entry of the main navigation: a message key for its label and where it leads. */
public record NavigationItem(String labelKey, String href) {

    /** Whether this entry is the section of the page being shown. */
    public boolean isCurrent(String requestPath) {
        return requestPath.equals(href) || requestPath.startsWith(href + "/");
    }
}
