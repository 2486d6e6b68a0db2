namespace Airspace.Core.Publishing;

public readonly record struct DeliveryId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
