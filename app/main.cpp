#include "cli/Runner.h"

int main(int argc, char *argv[])
{
    return ringback::runMain(argc, argv);
}
