#include "CalendarTestSupport.h"
int main() { return 0; }
