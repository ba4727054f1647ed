"""hoedong's library: everything that computes, nothing that orchestrates (no Prefect here)."""
