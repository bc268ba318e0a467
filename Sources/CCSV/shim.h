#ifndef KAOHE_CCSV_SHIM_H
#define KAOHE_CCSV_SHIM_H
#include <csv.h>
#endif
