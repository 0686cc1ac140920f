/** The home page of each role. */
package fr.cpts.web.home;
