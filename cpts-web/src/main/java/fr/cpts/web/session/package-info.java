/** Where HTTP sessions are kept: in PostgreSQL, shared by every instance. */
package fr.cpts.web.session;
