using System.Globalization;

namespace TrialRegistry.Benchmarks;

/// <summary>Resident memory of a process from /proc/PID/status (Linux): what the kernel charges it, GC heap and native alike.</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set (VmHWM) of this process in MiB; 0 where /proc is missing.</summary>
    public static double PeakRssMiB() => Read("self", "VmHWM:");

    /// <summary>Current resident set (VmRSS) of process <paramref name="pid"/> in MiB.</summary>
    public static double RssMiB(int pid) => Read(pid.ToString(CultureInfo.InvariantCulture), "VmRSS:");

    /// <summary>Peak resident set (VmHWM) of process <paramref name="pid"/> in MiB.</summary>
    public static double PeakRssMiB(int pid) => Read(pid.ToString(CultureInfo.InvariantCulture), "VmHWM:");

    private static double Read(string process, string field)
    {
        var path = $"/proc/{process}/status";
        if (!File.Exists(path))
        {
            return 0;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kib = line?[field.Length..].Trim().Split(' ')[0];
        return kib is null ? 0 : long.Parse(kib, CultureInfo.InvariantCulture) / 1024.0;
    }
}
