# SPDX-FileCopyrightText: 2026 Relais developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Run after a Qt Test executable is built: lists its test functions (-functions) and writes a
# CTest file with one test per function, so that CTest's summary counts real tests.
# Inputs: TEST_EXECUTABLE, TEST_NAME, PROPS_FILE (labels, timeout, environment), OUT.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen "${TEST_EXECUTABLE}" -functions
    OUTPUT_VARIABLE listing
    ERROR_VARIABLE errors
    RESULT_VARIABLE status
    TIMEOUT 60)
set(content "include(\"${PROPS_FILE}\")\n")
set(functions "")
if(status EQUAL 0)
    string(REPLACE "\n" ";" lines "${listing}")
    foreach(line IN LISTS lines)
        if(line MATCHES "^([A-Za-z_][A-Za-z0-9_]*)\\(\\)$")
            list(APPEND functions "${CMAKE_MATCH_1}")
        endif()
    endforeach()
endif()
if(functions)
    foreach(fn IN LISTS functions)
        string(APPEND content
            "add_test(\"${TEST_NAME}.${fn}\" \"${TEST_EXECUTABLE}\" \"${fn}\")\n"
            "set_tests_properties(\"${TEST_NAME}.${fn}\" PROPERTIES LABELS \"\${RELAIS_TEST_LABELS}\" "
            "TIMEOUT \${RELAIS_TEST_TIMEOUT} ENVIRONMENT \"\${RELAIS_TEST_ENVIRONMENT}\" "
            # A function that QSKIPs (with its reason) counts as skipped, not passed.
            "SKIP_REGULAR_EXPRESSION \"SKIP   : \")\n"
            # Tests of one fixture share its server's state (one WordPress site): they take
            # turns (RESOURCE_LOCK), so that one test's posts never land in another's counts.
            "if(RELAIS_TEST_FIXTURES)\n  set_tests_properties(\"${TEST_NAME}.${fn}\" PROPERTIES FIXTURES_REQUIRED \"\${RELAIS_TEST_FIXTURES}\")\nendif()\n"
            "if(RELAIS_TEST_LOCKS)\n  set_tests_properties(\"${TEST_NAME}.${fn}\" PROPERTIES RESOURCE_LOCK \"\${RELAIS_TEST_LOCKS}\")\nendif()\n")
    endforeach()
else()
    # Listing failed: run the whole executable, so that the failure shows in the results.
    string(APPEND content
        "add_test(\"${TEST_NAME}\" \"${TEST_EXECUTABLE}\")\n"
        "set_tests_properties(\"${TEST_NAME}\" PROPERTIES LABELS \"\${RELAIS_TEST_LABELS}\" "
        "TIMEOUT \${RELAIS_TEST_TIMEOUT} ENVIRONMENT \"\${RELAIS_TEST_ENVIRONMENT}\")\n")
endif()
file(WRITE "${OUT}" "${content}")
