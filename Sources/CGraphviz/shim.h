// Small C layer between Swift and cgraph/gvc.
//
// cgraph takes `char *` for names and values it never modifies, exports the
// graph descriptor `Agdirected` as a mutable global, and reports errors through
// variadic calls; Swift 6 can use none of these directly. The functions below
// take `const char *`, return the descriptor by value, and bundle the few
// multi-step operations whose order matters (declaring attributes on the root
// before a subgraph, balancing the reference count of HTML strings, writing DOT
// into memory).
#ifndef ATTRIBUTION_GRAPH_CGRAPHVIZ_SHIM_H
#define ATTRIBUTION_GRAPH_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Declared in Graphviz's private common/globals.h, exported by libgvc.
extern char *HTTPServerEnVar;
extern char *Gvfilepath;
extern char *Gvimagepath;

/// Turns off every file read that graph attributes can trigger (`image`,
/// `shapefile`, `<IMG>` in HTML labels): libgvc refuses all file loading when
/// it believes it runs inside a web server and no file path is configured.
static inline void cgv_disable_file_loading(void) {
  static char server_name[] = "attribution-graph";
  HTTPServerEnVar = server_name;
  Gvfilepath = NULL;
  Gvimagepath = NULL;
}

/// Opens a named, directed, non-strict root graph.
static inline Agraph_t *cgv_open_directed(const char *name) {
  return agopen((char *)name, Agdirected, NULL);
}

/// Finds or creates the subgraph `name` of `graph`.
static inline Agraph_t *cgv_subgraph(Agraph_t *graph, const char *name) {
  return agsubg(graph, (char *)name, 1);
}

/// Finds the node `name` anywhere in the root graph of `graph`, or NULL.
static inline Agnode_t *cgv_find_node(Agraph_t *graph, const char *name) {
  return agnode(agroot(graph), (char *)name, 0);
}

/// Creates the node `name` in `graph` (and so in all its parents).
static inline Agnode_t *cgv_create_node(Agraph_t *graph, const char *name) {
  return agnode(graph, (char *)name, 1);
}

/// Makes the existing node `node` a member of `graph`.
static inline Agnode_t *cgv_add_node(Agraph_t *graph, Agnode_t *node) {
  return agsubnode(graph, node, 1);
}

/// Creates a new anonymous edge from `tail` to `head` in `graph`; both
/// endpoints must already be members of `graph`.
static inline Agedge_t *cgv_create_edge(Agraph_t *graph, Agnode_t *tail, Agnode_t *head) {
  return agedge(graph, tail, head, NULL, 1);
}

/// Makes `value` (an ordinary string, or an HTML string when `is_html`) a
/// reference-counted string of `root`; release it with `agstrfree`.
static inline char *cgv_string(Agraph_t *root, const char *value, int is_html) {
  return is_html ? agstrdup_html(root, (char *)value) : agstrdup(root, (char *)value);
}

/// Sets the default of attribute `name` for objects of `kind` (AGRAPH, AGNODE,
/// AGEDGE) created in `graph` from now on. On a subgraph, the attribute is
/// first declared on the root with an empty default, as the DOT parser does;
/// otherwise cgraph would make the subgraph's value the default everywhere.
static inline int cgv_set_default(Agraph_t *graph, int kind, const char *name, const char *value,
                                  int is_html) {
  Agraph_t *root = agroot(graph);
  if (graph != root && agattr(root, kind, (char *)name, NULL) == NULL) {
    if (agattr(root, kind, (char *)name, "") == NULL) return -1;
  }
  char *shared = cgv_string(root, value, is_html);
  Agsym_t *symbol = agattr(graph, kind, (char *)name, shared);
  agstrfree(root, shared);
  return symbol == NULL ? -1 : 0;
}

/// Sets attribute `name` of the graph, node or edge `object`, declaring it
/// with an empty default if needed.
static inline int cgv_set(void *object, const char *name, const char *value, int is_html) {
  Agraph_t *root = agroot(object);
  char *shared = cgv_string(root, value, is_html);
  int result = agsafeset(object, (char *)name, shared, "");
  agstrfree(root, shared);
  return result;
}

/// Writes `graph` in the DOT language into a new malloc'ed buffer (free it with
/// `free`) and stores its length in `length`. Returns NULL on failure.
static inline char *cgv_write_dot(Agraph_t *graph, size_t *length) {
  char *buffer = NULL;
  FILE *stream = open_memstream(&buffer, length);
  if (stream == NULL) return NULL;
  int status = agwrite(graph, stream);
  if (fclose(stream) != 0 || status != 0) {
    free(buffer);
    return NULL;
  }
  return buffer;
}

#endif
