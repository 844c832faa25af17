/**
 * The jurisdiction tree (辖区) and the four-level chain of responsibility (四级包保): R-GRID-1,
 * R-GRID-2. Its API is {@link org.fangkong.jurisdiction.Jurisdictions}; every other
 * module asks it whether a node lies inside a user's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jurisdiction", allowedDependencies = { "shared" })
package org.fangkong.jurisdiction;
