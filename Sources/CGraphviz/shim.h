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
#include <string.h>
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

/// Graph and subgraph identifiers in order of creation.
///
/// cgraph's default discipline identifies a named object by the address of its interned name,
/// and keeps subgraphs in identifier order: clusters then came out (and were laid out) in an
/// order that changed from run to run with the memory layout. This discipline numbers graph
/// names as they are created (even numbers, as cgraph expects of named objects) and leaves
/// nodes, edges and anonymous subgraphs to the default.
typedef struct {
  void *inner;
  Agraph_t *graph;
  char **names;
  size_t count;
  size_t capacity;
} cgv_id_state;

static inline void *cgv_id_open(Agraph_t *graph, Agdisc_t *disc) {
  cgv_id_state *state = (cgv_id_state *)calloc(1, sizeof(cgv_id_state));
  if (state == NULL) return NULL;
  state->inner = AgIdDisc.open(graph, disc);
  state->graph = graph;
  return state;
}

static inline long cgv_id_map(void *raw, int objtype, char *name, IDTYPE *id, int create) {
  cgv_id_state *state = (cgv_id_state *)raw;
  if (objtype != AGRAPH || name == NULL) {
    return AgIdDisc.map(state->inner, objtype, name, id, create);
  }
  for (size_t index = 0; index < state->count; index++) {
    if (strcmp(state->names[index], name) == 0) {
      *id = (IDTYPE)(index + 1) * 2;
      return 1;
    }
  }
  if (!create) return 0;
  if (state->count == state->capacity) {
    size_t capacity = state->capacity ? state->capacity * 2 : 16;
    char **names = (char **)realloc(state->names, capacity * sizeof(char *));
    if (names == NULL) return 0;
    state->names = names;
    state->capacity = capacity;
  }
  // Interned like every cgraph name, so cgraph can tell it is not an HTML string.
  char *copy = agstrdup(state->graph, name);
  if (copy == NULL) return 0;
  state->names[state->count++] = copy;
  *id = (IDTYPE)state->count * 2;
  return 1;
}

static inline long cgv_id_alloc(void *raw, int objtype, IDTYPE id) {
  return AgIdDisc.alloc(((cgv_id_state *)raw)->inner, objtype, id);
}

static inline void cgv_id_free(void *raw, int objtype, IDTYPE id) {
  cgv_id_state *state = (cgv_id_state *)raw;
  if (objtype == AGRAPH && id % 2 == 0 && id / 2 <= state->count) return;
  AgIdDisc.free(state->inner, objtype, id);
}

static inline char *cgv_id_print(void *raw, int objtype, IDTYPE id) {
  cgv_id_state *state = (cgv_id_state *)raw;
  if (objtype == AGRAPH && id % 2 == 0 && id >= 2 && id / 2 <= state->count) {
    return state->names[id / 2 - 1];
  }
  return AgIdDisc.print(state->inner, objtype, id);
}

static inline void cgv_id_close(void *raw) {
  cgv_id_state *state = (cgv_id_state *)raw;
  for (size_t index = 0; index < state->count; index++) agstrfree(state->graph, state->names[index]);
  AgIdDisc.close(state->inner);
  free(state->names);
  free(state);
}

static inline void cgv_id_register(void *raw, int objtype, void *object) {
  AgIdDisc.idregister(((cgv_id_state *)raw)->inner, objtype, object);
}

static Agiddisc_t cgv_id_discipline = {
  cgv_id_open, cgv_id_map, cgv_id_alloc, cgv_id_free, cgv_id_print, cgv_id_close, cgv_id_register,
};

static Agdisc_t cgv_discipline = {&AgMemDisc, &cgv_id_discipline, &AgIoDisc};

/// Opens a named, directed, non-strict root graph whose subgraphs keep their creation order.
static inline Agraph_t *cgv_open_directed(const char *name) {
  return agopen((char *)name, Agdirected, &cgv_discipline);
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
