/** The dashboard's figures, each read by one aggregate statement over the scope (JDBC). */
package fr.cpts.persistence.dashboard;
