/**
 * Import and export of JCR content in Magnolia's bootstrap formats, on the plain JCR 2.0 API.
 *
 * <h2>Public API</h2>
 * <ul>
 *   <li>{@link de.serviceportal.export.ContentImporter} - YAML or system-view XML into a session (never saves)</li>
 *   <li>{@link de.serviceportal.export.ContentExporter} - a subtree out as YAML or system-view XML</li>
 *   <li>{@link de.serviceportal.export.IdCollision}, {@link de.serviceportal.export.ImportException}</li>
 *   <li>{@link de.serviceportal.export.BootstrapFile} - where a bootstrap file belongs, from its name</li>
 *   <li>{@link de.serviceportal.export.OfflineConverter} - conversion and checks without a repository (CLI)</li>
 * </ul>
 *
 * <h2>YAML format (as written by Magnolia 6.2)</h2>
 * <pre>
 * 'buergerservice':                                  # top-level key: the exported node
 *   'hideInNav': false                               # BOOLEAN
 *   'jcr:mixinTypes': ['mgnl:hasVersion']            # list: multi-value property
 *   'jcr:primaryType': 'mgnl:page'
 *   'jcr:uuid': '3bddc370-2df0-4550-ab65-6426630870ec'   # kept on import
 *   'mgnl:created': 2019-11-25T13:34:09.584+01:00    # unquoted timestamp: DATE, offset kept
 *   'navigationOrder': 3                             # LONG; 0.8 would be DOUBLE
 *   'title': 'Bürgerservice'                         # quoted: STRING
 *   'main':                                          # mapping: child node
 *     '0': {...}                                     # '0' and '00' are different nodes
 * </pre>
 * Quoted dates stay STRING except on Magnolia's own date properties (mgnl:created, mgnl:lastModified,
 * mgnl:lastActivated, mgnl:lastActivatedVersionCreated, mgnl:deleted, jcr:created, jcr:lastModified), where
 * they become DATE unless tagged {@code !!str}. {@code !!binary} is BINARY. JCR types YAML cannot express are
 * written with local tags {@code !decimal !name !path !reference !weakreference !uri} (our extension; Magnolia
 * itself writes them as strings). The exporter writes properties sorted by name, then child nodes in order,
 * like Magnolia, so that import(export(x)) keeps names, order, types, values and identifiers.
 *
 * <p>The importer turns YAML into system-view SAX events for {@link javax.jcr.Session#getImportContentHandler}
 * (Magnolia's approach), so the repository itself keeps identifiers, applies the collision behaviour and checks
 * node types. A whole file is parsed into memory first (binaries included); this suits bootstrap files, not
 * multi-gigabyte DAM dumps.
 */
package de.serviceportal.export;
