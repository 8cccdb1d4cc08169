using Lmec.Content.Fuzzing;
using SharpFuzz;

// Without arguments, under afl-fuzz: the fuzzing loop. With --seeds FOLDER: write the seed corpus.
// With --replay FILE...: run the target on saved inputs, such as afl's crashes, and print what escaped.
return args switch
{
    [] => Fuzz(),
    ["--seeds", var folder] => SeedCorpus.Write(folder),
    ["--replay", .. var files] when files.Length > 0 => FuzzTarget.Replay(files, Console.Out),
    _ => Usage(),
};

static int Fuzz()
{
    // Out of process: a crash that kills the process (a stack overflow) restarts the child instead of ending the campaign.
    Fuzzer.OutOfProcess.Run(FuzzTarget.Run);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Lmec.Content.Fuzzing [--seeds FOLDER | --replay FILE...]");
    return 2;
}
