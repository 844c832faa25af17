package org.fangkong.jurisdiction;

/**
 * One level of the chain of responsibility for a node: the node at that level and the
 * cadre answerable for it. The chain for a household runs household → group → village →
 * township (R-GRID-2).
 */
public record ResponsibilityLink(NodeKind level, long nodeId, String nodeName, ResponsiblePerson responsible) {

}
