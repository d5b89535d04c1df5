#pragma once

#include "device/usb/umockdev/UmockdevServer.h"

#include <QCoreApplication>
#include <QTest>

// Tests of the real libusb path run against a virtual USB device. The umockdev testbed must
// exist before Qt or libusb start threads (it sets UMOCKDEV_DIR), so these tests cannot use
// QTEST_GUILESS_MAIN: the testbed is created first and handed to the test object.
#define LIFEBOAT_UMOCKDEV_TEST_MAIN(TestClass)                                                     \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        Lifeboat::UmockdevServer server;                                                           \
        QCoreApplication app(argc, argv);                                                          \
        TestClass test(server);                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
