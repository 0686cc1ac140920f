/** Demo CPTS and accounts for evaluating the platform. */
package fr.cpts.web.demo;
