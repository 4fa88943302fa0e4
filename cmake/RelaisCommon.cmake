# SPDX-FileCopyrightText: 2026 Relais developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Flags every Relais target shares, carried by one INTERFACE target.
add_library(relais_options INTERFACE)
target_compile_features(relais_options INTERFACE cxx_std_20)
target_compile_options(relais_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(relais_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RELAIS_VERSION="${PROJECT_VERSION}")
if(RELAIS_WERROR)
    target_compile_options(relais_options INTERFACE -Werror)
endif()
if(RELAIS_SANITIZE)
    target_compile_options(relais_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(relais_options INTERFACE -fsanitize=address,undefined)
endif()
