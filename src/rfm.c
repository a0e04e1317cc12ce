/* rfm.c: placeholder until the capability lands */
#include "postgres.h"

#include "common.h"
