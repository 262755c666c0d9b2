// Builds the precompiled headers the test suites reuse (tests/CMakeLists.txt); never run.
int main()
{
    return 0;
}
