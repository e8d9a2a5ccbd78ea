// libxml2's HTML parser and tree, for reading articles saved from a browser.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy Foundation carries; the
// only thing that needs them is a field of the encoding handler, which this package never
// touches (it handles the handler through pointers only).
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// xmlFree is a global function pointer; Swift 6 refuses shared mutable state, so it is called
// through this function.
static inline void attribution_xml_free(void *pointer) { xmlFree(pointer); }
