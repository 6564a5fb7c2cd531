# ctest learns doctest's test cases from --list-test-cases and keeps them in a CMake list, so a
# name with a ';' becomes two ctest tests that each select no test case and "pass" while nothing
# runs. This check fails on such a name. Usage: cmake -DBINARY=<test executable> -P this file.
execute_process(COMMAND ${BINARY} --list-test-cases OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${BINARY} --list-test-cases failed (${rc})")
endif()
string(FIND "${out}" ";" at)
if(NOT at EQUAL -1)
  string(REGEX MATCH "[^\n]*;[^\n]*" line "${out}")
  message(FATAL_ERROR "${BINARY}: a test case name holds ';', which ctest splits and then runs "
                      "nothing for: ${line}")
endif()
message(STATUS "${BINARY}: no test case name holds ';'")
