/** The header's main navigation, per role. */
package fr.cpts.web.navigation;
