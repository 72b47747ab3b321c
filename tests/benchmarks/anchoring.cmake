# Re-anchoring speed (gloss_anchoring). Included from tests/benchmarks/CMakeLists.txt.
gloss_add_benchmark(bench_anchoring ${CMAKE_CURRENT_LIST_DIR}/bench_anchoring.cpp)
target_link_libraries(bench_anchoring PRIVATE gloss_anchoring)
