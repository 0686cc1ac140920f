/**
 * Every list as a file: CSV for French Excel ({@link CsvSheet}) and XLSX with real number and date cells
 * ({@link XlsxSheet}), both written row by row as the database streams the list ({@link Export}).
 */
package fr.cpts.web.export;
