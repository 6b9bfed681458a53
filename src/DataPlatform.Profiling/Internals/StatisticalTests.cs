namespace DataPlatform.Profiling.Internals;

/// <summary>
/// p-values of the drift tests: the Kolmogorov distribution's survival function (the two-sample
/// Kolmogorov-Smirnov test's asymptotic p-value, as scipy's <c>ks_2samp(method="asymp")</c>) and the
/// chi-square distribution's (through the regularized upper incomplete gamma function).
/// </summary>
internal static class StatisticalTests
{
    /// <summary>P(K &gt; <paramref name="lambda"/>) for Kolmogorov's limiting distribution.</summary>
    public static double KolmogorovSurvival(double lambda)
    {
        if (lambda <= 0)
        {
            return 1;
        }

        if (lambda < 1)
        {
            // 1 - CDF, the CDF from its theta-function form, which converges fast for small lambda.
            double sum = 0;
            for (var k = 1; k <= 50; k++)
            {
                var odd = (2 * k) - 1;
                sum += Math.Exp(-(odd * odd) * Math.PI * Math.PI / (8 * lambda * lambda));
            }

            return Math.Clamp(1 - (Math.Sqrt(2 * Math.PI) / lambda * sum), 0, 1);
        }

        double survival = 0;
        for (var k = 1; k <= 100; k++)
        {
            var term = Math.Exp(-2.0 * k * k * lambda * lambda);
            survival += (k % 2 == 1 ? 2 : -2) * term;
            if (term < 1e-300)
            {
                break;
            }
        }

        return Math.Clamp(survival, 0, 1);
    }

    /// <summary>P(X &gt; <paramref name="statistic"/>) for X chi-square distributed with <paramref name="degrees"/> degrees of freedom.</summary>
    public static double ChiSquareSurvival(double statistic, int degrees) =>
        degrees <= 0 ? 1 : statistic <= 0 ? 1 : UpperGamma(degrees / 2.0, statistic / 2);

    /// <summary>Q(a, x), the regularized upper incomplete gamma function (series below a + 1, continued fraction above).</summary>
    private static double UpperGamma(double a, double x)
    {
        var logPrefix = (a * Math.Log(x)) - x - LogGamma(a);
        if (x < a + 1)
        {
            double term = 1 / a, sum = term;
            for (var n = 1; n < 10_000; n++)
            {
                term *= x / (a + n);
                sum += term;
                if (Math.Abs(term) < Math.Abs(sum) * 1e-16)
                {
                    break;
                }
            }

            return Math.Clamp(1 - (sum * Math.Exp(logPrefix)), 0, 1);
        }

        // Lentz's method for the continued fraction.
        const double tiny = 1e-300;
        double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Clamp(Math.Exp(logPrefix) * h, 0, 1);
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, 9 terms: about 15 significant digits).</summary>
    private static double LogGamma(double x)
    {
        ReadOnlySpan<double> coefficients =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            sum += coefficients[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
