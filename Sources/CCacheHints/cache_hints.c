// The hints are inline functions in the header; this file gives the target a translation unit.
#include "cache_hints.h"
