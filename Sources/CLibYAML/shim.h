#ifndef KOMITMEN_CLIBYAML_SHIM_H
#define KOMITMEN_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
