/** Sign-in, roles and the rules of who reaches which page. */
package fr.cpts.web.security;
