"""Measure what Dask adds per section task: scheduling and transfer, on a 2-worker LocalCluster.

Run from the repository root: `python benchmarks/dask_overhead.py [TASKS]`. Prints JSON.

1. round trip: one trivial task at a time that returns 20 KB (a short clip's MP3 size), so the
   time is scheduling + transfer + bookkeeping with nothing in flight to hide it;
2. throughput: many such tasks in flight through `DaskExecutor`, the batch's own path;
3. small sections: real `synthesize_remotely` tasks (a one-sentence section rendered by a
   silent engine and encoded to MP3 by ffmpeg) on the cluster, against the same tasks run
   one after another in this process.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CLIP_BYTES = 20_000


def payload(index: int) -> bytes:
    return bytes(CLIP_BYTES)


def main() -> None:
    from distributed import Client, LocalCluster

    from pipeline.executors import DaskExecutor, synthesize
    from pipeline.stages.speak import SpeechJob
    from tests.fakes import SilentEngine

    tasks = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: None)
        # 1. Round trip, one at a time.
        trips = []
        for index in range(50):
            began = time.perf_counter()
            client.submit(payload, index, pure=False).result()
            trips.append(time.perf_counter() - began)
        trips.sort()
        # 2. Throughput through the batch executor, many in flight.
        executor = DaskExecutor(cluster.scheduler_address)
        executor.client.run(lambda: None)

        def flood(function_jobs: list[SpeechJob], engine: SilentEngine) -> float:
            began = time.perf_counter()
            for n, job in enumerate(function_jobs):
                executor.submit(f"bench-{time.time_ns()}-{n}", job, engine, "en")
            received = 0
            while received < len(function_jobs):
                received += len(executor.results(block=True))
            return time.perf_counter() - began

        # 3. Small sections: one sentence each.
        jobs = [
            SpeechJob(f"s{n}", "plain", f"S{n}", ((f"Section {n} says one short thing.",),))
            for n in range(tasks)
        ]
        engine = SilentEngine()
        flood(jobs[:20], engine)  # warm: workers import and "load the voice"
        dask_seconds = flood(jobs, engine)
        executor.close()

    began = time.perf_counter()
    for job in jobs:
        synthesize(engine, job, "en")
    local_seconds = time.perf_counter() - began
    compute = local_seconds / tasks
    per_task_dask = dask_seconds / tasks
    print(
        json.dumps(
            {
                "load_average": os.getloadavg(),
                "round_trip_ms": {
                    "median": round(1000 * trips[len(trips) // 2], 2),
                    "p90": round(1000 * trips[int(len(trips) * 0.9)], 2),
                },
                "small_sections": {
                    "tasks": tasks,
                    "local_one_process_ms_per_task": round(1000 * compute, 2),
                    "dask_2_workers_wall_ms_per_task": round(1000 * per_task_dask, 2),
                    # With 2 workers, compute alone would take compute / 2 per task of wall.
                    "dask_overhead_ms_per_task": round(1000 * (2 * per_task_dask - compute), 2),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
