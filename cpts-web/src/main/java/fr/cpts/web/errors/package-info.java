/** One place for errors: refused input named field by field, in French, for pages and the JSON API. */
package fr.cpts.web.errors;
