// Notebook runs change the process current directory and the static formatter registrations.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
